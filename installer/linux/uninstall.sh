#!/usr/bin/env bash
# Removes what install.sh installed: the program folder, the `pelita` link, the menu entry
# and the icons. The data stays: databases, backups, settings and logs live in each person's
# own folders (~/.local/share/Pelita, ~/.config/Pelita, ~/.local/state/Pelita) and are used
# again when Pelita is installed later.
#
#   ./uninstall.sh          yours (~/.local/opt/Pelita); as root: everyone's (/opt/Pelita)
#   ./uninstall.sh --user | --system    choose explicitly
#
# PELITA_INSTALL_ROOT=DIR: the --system install under DIR, as for install.sh.

# `sh uninstall.sh` starts a shell without bash's features: start again in bash.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -euo pipefail

say() { printf '%s\n' "$*"; }

usage() {
    sed -n '7,8s/^# //p' "${BASH_SOURCE[0]}"
}

# Everything is read before anything is removed: this script may be the copy inside the
# program folder it deletes, and bash reads a script as it runs.
main() {
    local mode share opt bin data_note
    case "${1:-}" in
    "") if ((EUID == 0)); then mode=system; else mode=user; fi ;;
    --user) mode=user ;;
    --system) mode=system ;;
    -h | --help)
        usage
        return 0
        ;;
    *)
        usage >&2
        return 2
        ;;
    esac

    # The same places as install.sh.
    if [[ $mode == user ]]; then
        share="${XDG_DATA_HOME:-$HOME/.local/share}"
        opt="$HOME/.local/opt"
        bin="$HOME/.local/bin"
        data_note="${share}/Pelita"
    else
        share="${PELITA_INSTALL_ROOT:-}/usr/local/share"
        opt="${PELITA_INSTALL_ROOT:-}/opt"
        bin="${PELITA_INSTALL_ROOT:-}/usr/local/bin"
        data_note="each person's own ~/.local/share/Pelita"
    fi
    local dest="$opt/Pelita" apps="$share/applications" icons="$share/icons/hicolor"
    local link="$bin/pelita"

    if [[ ! -e "$dest" && ! -e "$apps/pelita.desktop" ]]; then
        say "Pelita is not installed in $dest; nothing to remove."
        return 0
    fi
    # Only the link install.sh made: a `pelita` there that points elsewhere is not ours.
    if [[ -L "$link" && "$(readlink -- "$link")" == "$dest/pelita" ]]; then
        rm -f -- "$link"
    fi
    rm -f -- "$apps/pelita.desktop" "$icons/scalable/apps/pelita.svg" \
        "$icons/256x256/apps/pelita.png"
    rm -rf -- "$dest"

    # Caches that exist are refreshed, as install.sh does.
    if [[ -f "$apps/mimeinfo.cache" ]] && command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$apps" || true
    fi
    if [[ -f "$icons/icon-theme.cache" ]] && command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -f -t "$icons" || true
    fi

    say "Pelita is uninstalled from $dest."
    say "Data (database, backups, settings, logs) was kept in $data_note;"
    say "installing Pelita again uses it as it is. Delete that folder yourself only if"
    say "the centre's data is no longer needed (make a backup first)."
}

main "$@"
exit
