"""The admin command line: a stable scripting contract over the services (docs: cli.md)."""
