; Pelita's Windows installer: Inno Setup 6.3 or newer (Inno Setup 7 compiles it too).
;
; installer\windows\build.ps1 builds the bundle and compiles this script with
;   /DAppVersion=0.1.0                      the version in pyproject.toml
;   /DIconFile=<repo>\build\icons\pelita.ico    drawn by installer\make_icons.py
;   /DBundleDir=<repo>\dist\Pelita          the PyInstaller one-folder bundle
;   /DIndonesianIsl=<file>                  Inno's Indonesian messages (see [Languages])
; Each has a default relative to this file, so the Inno Setup IDE compiles it too once the
; bundle is built. The setup program is written to <repo>\dist\Pelita-Setup-<version>.exe.
;
; The user's data is never in the program folder and never deleted. Pelita keeps the
; centre's database, backups, settings and logs in %LOCALAPPDATA%\Pelita: desktop/paths.py
; asks platformdirs for user_data_dir / user_config_dir / user_log_dir("Pelita",
; appauthor=False), which on Windows are CSIDL_LOCAL_APPDATA\Pelita (not roaming; no
; author folder because appauthor=False), the same folder for settings, and its Logs
; subfolder for logs. The program goes to {autopf}\Pelita instead: for one user that is
; %LOCALAPPDATA%\Programs\Pelita, for all users C:\Program Files\Pelita. So an upgrade
; replaces the program and finds the data as it was, and uninstalling leaves the data in
; place for a later install (the uninstaller says so, see [Messages]).

#pragma parseroption -p+

#if VER < EncodeVer(6, 3, 0)
#error Inno Setup 6.3 or newer is needed (x64compatible, PrivilegesRequiredOverridesAllowed)
#endif

#ifndef AppVersion
#pragma warning "AppVersion not given (build.ps1 passes /DAppVersion=...); using 0.0.0"
#define AppVersion "0.0.0"
#endif
#ifndef IconFile
#define IconFile AddBackslash(SourcePath) + "..\..\build\icons\pelita.ico"
#endif
#ifndef BundleDir
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\Pelita"
#endif
#ifndef OutputDir
#define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif

; Inno Setup ships no Indonesian.isl in its Languages folder (it is among the contributed
; translations), so build.ps1 finds or fetches it; a copy beside this script or in the
; compiler's Languages folder is used when none is given.
#ifndef IndonesianIsl
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
#define IndonesianIsl AddBackslash(SourcePath) + "Indonesian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
#define IndonesianIsl "compiler:Languages\Indonesian.isl"
#else
#error Indonesian.isl not found: run installer\windows\build.ps1, or pass /DIndonesianIsl=FILE
#endif
#endif

#if !FileExists(AddBackslash(BundleDir) + "Pelita.exe")
#error Pelita.exe not found in the bundle folder: build it first (python installer\build_bundle.py)
#endif
#if !FileExists(IconFile)
#error pelita.ico not found: build the bundle first (it runs installer\make_icons.py)
#endif

[Setup]
; Fixed for ever: Windows and Inno Setup recognise an upgrade of the same program by it.
; Never change it, and never use it for another program.
AppId={{E699495D-5A39-41F1-802E-90BBD84809CF}
AppName=Pelita
AppVersion={#AppVersion}
AppPublisher=Pelita developers
AppComments=Registration desk for community skills-training centres
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany=Pelita developers
VersionInfoDescription=Pelita Setup
VersionInfoProductName=Pelita
VersionInfoCopyright=Pelita developers, GPL-3.0-or-later
; A clerk on a shared PC rarely has admin rights: by default Pelita installs for the current
; user only ({autopf} = %LOCALAPPDATA%\Programs); the dialog offers all users to an admin.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Pelita
; Shortcuts go straight into the Start menu; asking for a folder only confuses.
DisableProgramGroupPage=yes
; The bundle is 64-bit (Qt 6), and Qt 6 needs Windows 10 or newer.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; An upgrade closes a running Pelita (Restart Manager) instead of failing on files in use;
; .pyd files are DLLs too. The clerk starts it again from the last page.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\Pelita.exe
UninstallDisplayName=Pelita
WizardStyle=modern
ShowLanguageDialog=auto
Compression=lzma2/max
SolidCompression=yes
OutputDir={#OutputDir}
OutputBaseFilename=Pelita-Setup-{#AppVersion}

[Languages]
Name: "indonesian"; MessagesFile: "{#IndonesianIsl}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
; Said before and after uninstalling: the data stays.
english.ConfirmUninstall=Remove %1 from this computer?%n%nThe centre's data (database, backups, settings and logs) is not removed: it stays in AppData\Local\Pelita and is used again when Pelita is installed later.
indonesian.ConfirmUninstall=Hapus %1 dari komputer ini?%n%nData lembaga (basis data, cadangan, pengaturan dan log) tidak ikut dihapus: data tetap ada di AppData\Local\Pelita dan dipakai lagi bila Pelita dipasang kembali.
english.UninstalledAll=%1 was removed from this computer.%n%nThe centre's data was kept in AppData\Local\Pelita.
indonesian.UninstalledAll=%1 sudah dihapus dari komputer ini.%n%nData lembaga tetap tersimpan di AppData\Local\Pelita.
english.UninstalledMost=%1 was removed from this computer.%n%nSome parts could not be removed; you can delete them yourself. The centre's data was kept in AppData\Local\Pelita.
indonesian.UninstalledMost=%1 sudah dihapus dari komputer ini.%n%nBeberapa bagian tidak dapat dihapus; Anda bisa menghapusnya sendiri. Data lembaga tetap tersimpan di AppData\Local\Pelita.

[CustomMessages]
english.ProgramFolderInDataFolder=Pelita keeps the centre's data in %1. Please choose another folder for the program, for example the one suggested.
indonesian.ProgramFolderInDataFolder=Pelita menyimpan data lembaga di %1. Silakan pilih folder lain untuk program, misalnya folder yang disarankan.

[Tasks]
; Checked unless the clerk unticks it.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade starts from a clean bundle: files an older version had and this one has not
; (a stale Qt plugin or extension module) would otherwise stay in _internal. Program folder
; only, never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder bundle: Pelita.exe (windowed, for the shortcuts), pelita-cli.exe
; (console, for `pelita-cli --self-check` and commands) and _internal.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Pelita"; Filename: "{app}\Pelita.exe"
Name: "{autodesktop}\Pelita"; Filename: "{app}\Pelita.exe"; Tasks: desktopicon

[Run]
; "Run Pelita" on the last page, as the clerk (not as an admin who elevated the setup).
Filename: "{app}\Pelita.exe"; Description: "{cm:LaunchProgram,Pelita}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The program folder's own leftovers only. NEVER the data folder %LOCALAPPDATA%\Pelita
; ({localappdata}\Pelita): uninstalling keeps the centre's data.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
// The program folder must not be the data folder or inside it: the data would then share
// a folder with files that an upgrade replaces and the uninstaller removes.
function DataFolder: String;
begin
  Result := ExpandConstant('{localappdata}\Pelita');
end;

function IsInDataFolder(const Dir: String): Boolean;
begin
  Result := Pos(Lowercase(AddBackslash(DataFolder)), Lowercase(AddBackslash(Dir))) = 1;
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir) and IsInDataFolder(WizardDirValue) then
  begin
    MsgBox(FmtMessage(CustomMessage('ProgramFolderInDataFolder'), [DataFolder]), mbError, MB_OK);
    Result := False;
  end;
end;
