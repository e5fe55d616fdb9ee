; Inno Setup 6.3+ script (UTF-8 with BOM for the Chinese texts): OrgDesk for Windows (per-machine or per-user install, Start menu entry,
; .orgdesk files open in OrgDesk, uninstaller). Build the bundle first, on Windows:
;
;   py -3.11 -m venv build\installer-venv
;   build\installer-venv\Scripts\python -m pip install ".[installer]"
;   build\installer-venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\orgdesk.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\orgdesk.iss
;
; The output is dist\OrgDesk-<version>-setup.exe. The bundle holds two programs: orgdesk.exe (console:
; the command line, `orgdesk export ...`) and orgdesk-gui.exe (windowed: Start menu and double-click).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (it is orgdesk.__version__)
#endif
#define AppName "OrgDesk"
#define BundleDir "..\..\dist\orgdesk"
#define GuiExe "orgdesk-gui.exe"
; Chinese Simplified is not one of Inno Setup's official translations: put ChineseSimplified.isl
; (https://jrsoftware.org/files/istrans/) into Inno Setup's Languages folder to get it.
#define HaveChinese FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")

[Setup]
; A fixed AppId keeps upgrades and the uninstaller tied to one product: never change it.
AppId={{6B0E2C4A-3F1D-4E8B-9A57-0D2F6C1B8E43}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=OrgDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Install for all users when run as administrator, else for the current user only.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Tell Explorer about the new file association.
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=OrgDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if HaveChinese
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[CustomMessages]
en.AssocDescription=OrgDesk document
en.AddToPath=Add the orgdesk command to PATH (for the command line)
#if HaveChinese
zh_CN.AssocDescription=OrgDesk 组织架构文档
zh_CN.AddToPath=将 orgdesk 命令加入 PATH（用于命令行）
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Registry]
; .orgdesk -> OrgDesk.Document, opened by orgdesk-gui.exe "%1". HKA is HKLM for an all-users
; install and HKCU for a per-user one; uninsdeletekey removes what we added.
Root: HKA; Subkey: "Software\Classes\.orgdesk"; ValueType: string; ValueName: ""; ValueData: "OrgDesk.Document"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.orgdesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-orgdesk"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.orgdesk\OpenWithProgids"; ValueType: string; ValueName: "OrgDesk.Document"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\OrgDesk.Document"; ValueType: string; ValueName: ""; ValueData: "{cm:AssocDescription}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\OrgDesk.Document\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\OrgDesk.Document\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".orgdesk"; ValueData: ""; Flags: uninsdeletekey
; Optional: the folder holding orgdesk.exe on the user's PATH (removed again by the uninstaller).
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Folder: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Current) + ';') = 0;
end;

procedure RemoveFromPath(Folder: string);
var
  Current, Needle: string;
  Position: Integer;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
    exit;
  Needle := ';' + Folder;
  Position := Pos(Uppercase(Needle), Uppercase(Current));
  if Position > 0 then
  begin
    Delete(Current, Position, Length(Needle));
    RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
