; Inno Setup 6 script: the Windows installer of Clinic Desktop, made from the PyInstaller bundle.
;
; On Windows, from the project's folder, after `python packaging\build.py` has made dist\clinic-desktop\
; and build\packaging\icons\:
;
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\clinic-desktop.iss
;
; writes dist\clinic-desktop-0.1.0-setup.exe (.github/workflows/installers.yml does exactly this).
; It cannot be built or tried on the Linux machines this project is developed on: docs/installing.md.
;
; - Installs for all users (Program Files, needs an administrator) or, if the person installing
;   chooses, for themselves only (no administrator needed).
; - Start menu entry (and, if asked, a desktop one) for "Clinic Desktop.exe", the windowed program;
;   clinic-desktop.exe beside it is the command line (`clinic-desktop.exe --version`).
; - Installing a newer version over an older one replaces the program folder. The clinic's data is
;   not in it: each user's clinic.db is in %LOCALAPPDATA%\clinic-desktop, migrated by the newer
;   program at its first start after a copy is kept beside it. Uninstalling removes the program
;   folder and its shortcuts only, never that data.

#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=X.Y.Z packaging\windows\clinic-desktop.iss
#endif
#define AppName "Clinic Desktop"
#define Root "..\.."

[Setup]
; The AppId ties every version's installer to the same installed program (upgrades, uninstall).
AppId={{9C302EDD-47F3-4B1A-B325-8DAADAC78736}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Clinic Desktop
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=clinic-desktop-{#AppVersion}-setup
SetupIconFile={#Root}\build\packaging\icons\clinic-desktop.ico
UninstallDisplayIcon={app}\{#AppName}.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Close a running copy before its files are replaced.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle's library folder whole: files an older build had and a newer one
; does not must not stay behind and be loaded. (The program folder holds no data.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\clinic-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppName}.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppName}.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppName}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
