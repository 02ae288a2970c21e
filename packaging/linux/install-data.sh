#!/bin/sh
# Install the desktop entry, AppStream metainfo and icons of Footholds under a prefix, so
# menus, software centres and notifications know the app after `pip install footholds`.
#
#   packaging/linux/install-data.sh            installs into ~/.local (just for you)
#   packaging/linux/install-data.sh /usr/local installs for everyone (run as root)
#   DESTDIR=/tmp/stage packaging/linux/install-data.sh /usr   stages for a distribution package
#   packaging/linux/install-data.sh --uninstall [PREFIX]     removes what it installed
#   PYTHON=/path/to/python ...   the Python with PySide6 that draws the PNG icons (python3)
set -eu

APP_ID=org.footholds.Footholds
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
root=$(CDPATH='' cd -- "$here/../.." && pwd)

uninstall=0
if [ "${1:-}" = "--uninstall" ]; then
    uninstall=1
    shift
fi
case "${1:-}" in
    -h | --help)
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
esac
prefix=${1:-"$HOME/.local"}
dest=${DESTDIR:-}$prefix

desktop_file=$dest/share/applications/$APP_ID.desktop
metainfo_file=$dest/share/metainfo/$APP_ID.metainfo.xml
hicolor=$dest/share/icons/hicolor
icon_file=$hicolor/scalable/apps/$APP_ID.svg
python=${PYTHON:-python3}

if [ "$uninstall" -eq 1 ]; then
    # every size bundle_icons.py may have drawn, whichever sizes it drew then
    rm -f "$desktop_file" "$metainfo_file" "$icon_file" "$hicolor"/*/apps/"$APP_ID".png
    echo "Removed the Footholds desktop entry, metainfo and icons from $dest"
else
    icon_source=$root/resources/icons/footholds.svg
    for source in "$here/$APP_ID.desktop" "$here/$APP_ID.metainfo.xml" "$icon_source"; do
        if [ ! -f "$source" ]; then
            echo "install-data.sh: $source is missing; run this from a Footholds checkout" >&2
            exit 1
        fi
    done
    # install -D creates the folders; -m 644 because these files are meant to be read by all.
    install -D -m 644 "$here/$APP_ID.desktop" "$desktop_file"
    install -D -m 644 "$here/$APP_ID.metainfo.xml" "$metainfo_file"
    install -D -m 644 "$icon_source" "$icon_file"
    # PNG sizes for panels and docks that want pixels, drawn from the SVG at install time (so
    # no generated file lives in the repository). Without Qt the SVG alone still works.
    if "$python" "$root/packaging/bundle_icons.py" --hicolor "$hicolor" --name "$APP_ID" \
        --svg "$icon_source" >/dev/null; then
        echo "Installed the Footholds desktop entry, metainfo, SVG and PNG icons into $dest"
    else
        echo "install-data.sh: $python could not draw the PNG icons (it needs PySide6); only the" \
            "scalable SVG icon is installed. Set PYTHON to a Python with PySide6 to add them." >&2
        echo "Installed the Footholds desktop entry, metainfo and SVG icon into $dest"
    fi
fi

# Refresh the caches when the tools exist; a missing tool only delays what menus show.
if [ -z "${DESTDIR:-}" ]; then
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$dest/share/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        [ -f "$dest/share/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$dest/share/icons/hicolor" 2>/dev/null || true
    fi
fi
