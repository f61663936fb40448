from clinic_desktop.app import main

raise SystemExit(main())
