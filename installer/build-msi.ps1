# Builds the terminal's Windows installer (.msi) with jpackage, on a Windows machine:
#
#   powershell -ExecutionPolicy Bypass -File installer\build-msi.ps1
#   -> target\installer\OC Pizza-<version>.msi
#
# Needs: JDK 17 (jdeps, jlink, jpackage on the PATH), Maven, and the WiX Toolset 3.x (candle.exe and
# light.exe on the PATH: jpackage 17 does not take WiX 4 or later). Build it on Windows: the shaded jar
# must carry JavaFX's Windows native libraries, which Maven picks by the building machine's system.
# Not built nor run by the project's CI (a Linux machine); the Linux recipe (installer/build.sh) is the
# checked one, and this script follows it step by step. See installer/README.md.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

$Out = 'target\installer'
$Version = ([xml](Get-Content pom.xml)).project.version -replace '-SNAPSHOT', ''
# Constant across versions: a newer .msi with this upgrade code replaces the installed one.
$UpgradeUuid = '3a99dac1-bff7-4548-82ee-9b625b235b90'

mvn -B -q -DskipTests package
if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
New-Item -ItemType Directory -Force "$Out\input" | Out-Null
Copy-Item target\ocpizza.jar "$Out\input\"

# The jar carries the embedded PostgreSQL for every platform; keep the Windows one only.
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::Open((Resolve-Path "$Out\input\ocpizza.jar"), 'Update')
foreach ($name in 'postgres-darwin-x86_64.txz', 'postgres-linux-x86_64.txz', 'postgres-linux-x86_64-alpine_linux.txz') {
    $entry = $zip.GetEntry($name)
    if ($entry) { $entry.Delete() }
}
$zip.Dispose()

# The runtime: jdeps' modules plus those only seen at run time (see installer/build.sh for why each).
$Static = (& jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$Out\input\ocpizza.jar").Trim()
$Modules = "$Static,jdk.security.auth,jdk.crypto.ec,jdk.localedata"
& jlink --add-modules $Modules --include-locales=en,fr --strip-debug --no-header-files --no-man-pages `
    --compress=2 --generate-cds-archive --output "$Out\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

# "OC Pizza.exe" opens the desktop application; one Start-menu and desktop shortcut per workspace;
# ocpizza.exe is the console launcher for the command line.
& jpackage --type msi `
    --name 'OC Pizza' `
    --app-version $Version `
    --vendor 'OC Pizza' `
    --copyright 'Copyright (c) 2026 OC Pizza' `
    --description 'OC Pizza Terminal: caisse, cuisine et back office' `
    --license-file installer\linux\copyright `
    --icon installer\icons\ocpizza.ico `
    --runtime-image "$Out\runtime" `
    --input "$Out\input" `
    --main-jar ocpizza.jar `
    --main-class fr.ocpizza.pos.app.Main `
    --java-options '-Dfile.encoding=UTF-8' `
    --add-launcher 'OC Pizza - Caisse=installer\launchers\ocpizza-caisse.properties' `
    --add-launcher 'OC Pizza - Cuisine=installer\launchers\ocpizza-cuisine.properties' `
    --add-launcher 'OC Pizza - Back office=installer\launchers\ocpizza-backoffice.properties' `
    --add-launcher 'ocpizza=installer\windows\ocpizza-console.properties' `
    --win-menu --win-menu-group 'OC Pizza' `
    --win-shortcut `
    --win-dir-chooser `
    --win-upgrade-uuid $UpgradeUuid `
    --dest $Out
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem "$Out\*.msi"
