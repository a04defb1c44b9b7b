<#
.SYNOPSIS
Builds Pelita's Windows installer, dist\Pelita-Setup-<version>.exe, from this checkout.

.DESCRIPTION
Needs Python 3.11 or newer with the py launcher (python.org installer) and Inno Setup 6.3 or
newer (Inno Setup 7 works too). From the repository folder:

    powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1

Steps: a virtual environment in .venv, Pelita and its tools installed in it, the Designer
forms and translations built, the PyInstaller bundle dist\Pelita (Pelita.exe, pelita-cli.exe;
the build also draws build\icons\pelita.ico), the frozen app's self-check, and Inno Setup.
The build stops at the first step that fails.

.PARAMETER Python
Which Python the py launcher starts for the virtual environment, e.g. 3.12 (default: 3, the
newest installed). Used only when .venv does not exist yet.
#>
[CmdletBinding()]
param(
    [string]$Python = '3'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# Inno Setup ships no Indonesian messages in its Languages folder: they are a contributed
# translation kept in Inno Setup's own repository. Pinned to one commit (the 6.5.0+ version
# of the file), so every build gets the same text.
$IndonesianIslUrl = 'https://raw.githubusercontent.com/jrsoftware/issrc/' +
    '09b24879e5be49278ef223dc3d1b07c856369ea2/Files/Languages/Unofficial/Indonesian.isl'

$Repo = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $Repo

function Write-Step([string]$Text) {
    Write-Host "==> $Text" -ForegroundColor Cyan
}

# Runs a program and stops the build when it fails: $ErrorActionPreference does not look at
# the exit codes of programs (only cmdlets), so every native call goes through here.
function Invoke-Native {
    param(
        [Parameter(Mandatory = $true)][string]$Program,
        [string[]]$Arguments = @()
    )
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "failed (exit code $LASTEXITCODE): $Program $($Arguments -join ' ')"
    }
}

function Find-Iscc {
    if ($env:ISCC -and (Test-Path -LiteralPath $env:ISCC)) { return $env:ISCC }
    $onPath = Get-Command 'ISCC.exe' -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Path }
    $roots = @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA 'Programs'))
    foreach ($version in @('7', '6')) {
        foreach ($root in $roots) {
            if (-not $root) { continue }
            $candidate = Join-Path $root "Inno Setup $version\ISCC.exe"
            if (Test-Path -LiteralPath $candidate) { return $candidate }
        }
    }
    throw ('Inno Setup not found: install Inno Setup 6.3 or newer from https://jrsoftware.org/isdl.php ' +
        '(or set ISCC to the path of ISCC.exe)')
}

function Find-IndonesianIsl([string]$Iscc) {
    $candidates = @(
        (Join-Path $PSScriptRoot 'Indonesian.isl'),
        (Join-Path (Split-Path -Parent $Iscc) 'Languages\Indonesian.isl')
    )
    foreach ($candidate in $candidates) {
        if (Test-Path -LiteralPath $candidate) { return $candidate }
    }
    $file = Join-Path $Repo 'build\inno\Indonesian.isl'
    if (-not (Test-Path -LiteralPath $file)) {
        Write-Step "Fetching Inno Setup's Indonesian messages"
        New-Item -ItemType Directory -Force -Path (Split-Path -Parent $file) | Out-Null
        # Windows PowerShell 5.1 may still offer only TLS 1.0/1.1, which GitHub refuses.
        [Net.ServicePointManager]::SecurityProtocol =
            [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
        Invoke-WebRequest -UseBasicParsing -Uri $IndonesianIslUrl -OutFile $file
    }
    if (-not (Select-String -LiteralPath $file -SimpleMatch 'LanguageName=Bahasa Indonesia' -Quiet)) {
        Remove-Item -LiteralPath $file
        throw "not Inno Setup's Indonesian messages: $file (removed; run the build again)"
    }
    return $file
}

$VenvPython = Join-Path $Repo '.venv\Scripts\python.exe'
if (-not (Test-Path -LiteralPath $VenvPython)) {
    Write-Step "Creating .venv with Python $Python"
    if (-not (Get-Command 'py' -ErrorAction SilentlyContinue)) {
        throw 'the py launcher is missing: install Python 3.11 or newer from python.org'
    }
    & py "-$Python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'
    if ($LASTEXITCODE -ne 0) { throw "Pelita needs Python 3.11 or newer (py -$Python)" }
    Invoke-Native 'py' @("-$Python", '-m', 'venv', '.venv')
}

Write-Step 'Installing Pelita and its build tools into .venv'
Invoke-Native $VenvPython @('-m', 'pip', 'install', '--disable-pip-version-check', '-e', '.[dev]')

Write-Step 'Building the Designer forms and translations'
Invoke-Native $VenvPython @('-m', 'desktop.gui.build')

Write-Step 'Building the bundle dist\Pelita (PyInstaller)'
Invoke-Native $VenvPython @('installer\build_bundle.py')

$Bundle = Join-Path $Repo 'dist\Pelita'
foreach ($exe in @('Pelita.exe', 'pelita-cli.exe')) {
    if (-not (Test-Path -LiteralPath (Join-Path $Bundle $exe))) {
        throw "the bundle has no $exe in $Bundle"
    }
}
$Icon = Join-Path $Repo 'build\icons\pelita.ico'
if (-not (Test-Path -LiteralPath $Icon)) {
    Invoke-Native $VenvPython @('installer\make_icons.py', (Split-Path -Parent $Icon))
}

# The frozen app checks itself (database, certificate, spreadsheet, Qt plugins) in a
# temporary folder; a bundle that fails it never becomes a setup program.
Write-Step 'Self-check of the frozen app'
Invoke-Native (Join-Path $Bundle 'pelita-cli.exe') @('--self-check')

# The version comes from pyproject.toml, like desktop.__version__.
$Version = (& $VenvPython -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
if ($LASTEXITCODE -ne 0) { throw 'could not read the version from pyproject.toml' }
$Version = "$Version".Trim()
# Windows version information (VersionInfoVersion) takes numbers only: 1.2.3 or 1.2.3.4.
if ($Version -notmatch '^\d+(\.\d+){1,3}$') {
    throw "version '$Version' in pyproject.toml is not numbers like 1.2.3, which Windows needs"
}

$Iscc = Find-Iscc
$IndonesianIsl = Find-IndonesianIsl $Iscc
$Dist = Join-Path $Repo 'dist'
Write-Step "Compiling the installer for Pelita $Version ($Iscc)"
Invoke-Native $Iscc @(
    "/DAppVersion=$Version",
    "/DIconFile=$Icon",
    "/DBundleDir=$Bundle",
    "/DOutputDir=$Dist",
    "/DIndonesianIsl=$IndonesianIsl",
    (Join-Path $PSScriptRoot 'pelita.iss')
)

$Setup = Get-Item -LiteralPath (Join-Path $Dist "Pelita-Setup-$Version.exe")
Write-Host ''
Write-Host ('Installer: {0} ({1:N1} MB)' -f $Setup.FullName, ($Setup.Length / (1024 * 1024)))
