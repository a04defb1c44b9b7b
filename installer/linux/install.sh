#!/usr/bin/env bash
# Installs Pelita from this unpacked folder (Pelita-<version>/), or upgrades an older install.
#
#   ./install.sh            just for you, no admin rights needed: ~/.local/opt/Pelita
#   sudo ./install.sh       for everyone on this computer: /opt/Pelita
#   ./install.sh --user | --system    choose explicitly
#
# Pelita then appears in the applications menu, and `pelita` runs it from a terminal.
# Run it again from a newer download to upgrade. Data is never touched: each person's
# database, backups, settings and logs live in their own folders (~/.local/share/Pelita,
# ~/.config/Pelita, ~/.local/state/Pelita), never in the program folder, so an upgrade or
# uninstall.sh keeps them.
#
# PELITA_INSTALL_ROOT=DIR puts a --system install under DIR (DIR/opt/Pelita, ...); tests use
# it, and HOME for a --user install.

# `sh install.sh` starts a shell without bash's features: start again in bash.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -euo pipefail
umask 022

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

say() { printf '%s\n' "$*"; }
die() {
    printf 'install.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '4,6s/^# //p' "${BASH_SOURCE[0]}"
}

mode=""
case "${1:-}" in
"") if ((EUID == 0)); then mode=system; else mode=user; fi ;;
--user) mode=user ;;
--system) mode=system ;;
-h | --help)
    usage
    exit 0
    ;;
*)
    usage >&2
    exit 2
    ;;
esac

# Where each part goes. The program folder is never a data folder: ~/.local/opt/Pelita is
# not ~/.local/share/Pelita, where Pelita keeps the centre's database.
if [[ $mode == user ]]; then
    share="${XDG_DATA_HOME:-$HOME/.local/share}"
    opt="$HOME/.local/opt"
    bin="$HOME/.local/bin"
    data_note="${share}/Pelita"
else
    root="${PELITA_INSTALL_ROOT:-}"
    # /usr/local, not /usr: /usr/share belongs to the package manager (FHS); both are on
    # the desktop's default search path (XDG_DATA_DIRS).
    share="$root/usr/local/share"
    opt="$root/opt"
    bin="$root/usr/local/bin"
    data_note="each person's own ~/.local/share/Pelita"
fi
dest="$opt/Pelita"
apps="$share/applications"
icons="$share/icons/hicolor"

# Is this folder a Pelita bundle (and not the installed copy itself)?
[[ -x "$HERE/pelita" && -d "$HERE/_internal" ]] ||
    die "run this script from the unpacked Pelita folder (it holds 'pelita' and '_internal')"
for file in pelita.desktop pelita.svg pelita.png uninstall.sh; do
    [[ -f "$HERE/$file" ]] || die "$HERE/$file is missing: download Pelita again"
done
if [[ -d "$dest" && "$(cd "$dest" && pwd -P)" == "$(cd "$HERE" && pwd -P)" ]]; then
    die "Pelita is already installed here; run install.sh from a newly unpacked download"
fi
# The desktop entry's Exec= quotes the path; these characters would need escaping there.
[[ "$dest" != *[\"\`\$\\%]* ]] || die "unusual characters in the install folder: $dest"

mkdir -p "$opt" "$bin" "$apps" "$icons/scalable/apps" "$icons/256x256/apps" ||
    die "cannot write to $opt or $share (for everyone on this computer: sudo ./install.sh)"

# Copy first, swap after: a copy that fails (disk full) leaves the old install as it was.
# Leftovers of a run that was killed half-way go first.
rm -rf -- "$opt"/.Pelita-new.* "$opt"/.Pelita-old.*
new="$(mktemp -d "$opt/.Pelita-new.XXXXXX")"
trap 'rm -rf -- "$new"' EXIT
cp -R --preserve=mode,timestamps,links -- "$HERE/." "$new/"
chmod 755 "$new"
if [[ -e "$dest" ]]; then
    old="$(mktemp -d "$opt/.Pelita-old.XXXXXX")"
    mv -- "$dest" "$old/Pelita"
    if ! mv -- "$new" "$dest"; then
        mv -- "$old/Pelita" "$dest"
        die "could not replace $dest; the previous version is still there"
    fi
    rm -rf -- "$old"
else
    mv -- "$new" "$dest"
fi
trap - EXIT

# The link for the terminal; a `pelita` there that is not a link is someone else's.
link="$bin/pelita"
if [[ -L "$link" || ! -e "$link" ]]; then
    ln -sfn -- "$dest/pelita" "$link"
else
    say "note: $link exists and is not a link, so it was left as it is"
fi

# The menu entry runs the program by its full path: ~/.local/bin is not always on PATH.
while IFS= read -r line || [[ -n $line ]]; do
    [[ $line == Exec=* ]] && line="Exec=\"$dest/pelita\""
    printf '%s\n' "$line"
done <"$HERE/pelita.desktop" >"$apps/pelita.desktop.tmp"
mv -- "$apps/pelita.desktop.tmp" "$apps/pelita.desktop"
chmod 644 "$apps/pelita.desktop"
install -m 644 -- "$HERE/pelita.svg" "$icons/scalable/apps/pelita.svg"
install -m 644 -- "$HERE/pelita.png" "$icons/256x256/apps/pelita.png"

# Caches a desktop may keep of these folders are refreshed so they do not hide the new entry
# and icon. None is made where there was none: a folder without one is read as it is.
if [[ -f "$apps/mimeinfo.cache" ]] && command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$apps" || true
fi
if [[ -f "$icons/icon-theme.cache" ]] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -f -t "$icons" || true
fi

say "Pelita is installed in $dest"
say "  menu entry: $apps/pelita.desktop"
say "  command:    $link"
say "Data (database, backups, settings, logs) stays in $data_note;"
say "installing, upgrading and uninstalling never touch it."
if [[ $mode == user && ":$PATH:" != *":$bin:"* ]]; then
    say "note: $bin is not on your PATH yet; it is after logging in again on most systems."
fi
say "To uninstall: $dest/uninstall.sh --$mode"
