; Inno Setup script: one installer, ip-tracker-setup-VERSION.exe, from the PyInstaller folder.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\ip-tracker.iss
;
; Run from the repository root after `pyinstaller packaging\ip-tracker.spec` (see
; packaging/README.md). Installs per user by default (no administrator needed on a locked-down
; office PC); an administrator may choose "all users". The workspace lives in the user's data
; folder (%LOCALAPPDATA%\ip-tracker), never in the program folder, so uninstalling or
; upgrading never touches the work.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ip-tracker"
#define AppDisplayName "知识产权强市建设推进计划台账"
#define Publisher "三明市市场监督管理局"
#define SourceDir "..\..\dist\ip-tracker"

[Setup]
; A fixed AppId: upgrades replace the old version instead of installing beside it.
AppId={{6B0E3F5C-2D4A-4E8B-9C61-3A7F1D2E5B90}
AppName={#AppDisplayName}
AppVersion={#AppVersion}
AppVerName={#AppDisplayName} {#AppVersion}
AppPublisher={#Publisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppDisplayName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\ip-tracker.ico
UninstallDisplayIcon={app}\{#AppName}.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 or later (Qt 6 needs it).
MinVersion=10.0
; Close a running copy before replacing its files.
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppDisplayName}"; Filename: "{app}\{#AppName}.exe"
Name: "{group}\卸载 {#AppDisplayName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppDisplayName}"; Filename: "{app}\{#AppName}.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppName}.exe"; Description: "{cm:LaunchProgram,{#AppDisplayName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder itself may hold; the workspace and its backups stay.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
