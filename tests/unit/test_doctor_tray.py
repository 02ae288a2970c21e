"""`footholds doctor` explains how to get a system tray when there is none."""

from __future__ import annotations

from footholds.cli.doctor import GNOME_EXTENSION, tray_advice


def test_no_advice_when_a_tray_is_there() -> None:
    assert tray_advice({"XDG_CURRENT_DESKTOP": "GNOME"}, True) == []


def test_stock_gnome_gets_the_extension_steps() -> None:
    env = {"XDG_CURRENT_DESKTOP": "ubuntu:GNOME", "XDG_SESSION_TYPE": "wayland"}
    text = "\n".join(tray_advice(env, False))
    assert "AppIndicator and KStatusNotifierItem Support" in text
    assert "apt install gnome-shell-extension-appindicator" in text
    assert "dnf install gnome-shell-extension-appindicator" in text
    assert f"gnome-extensions enable {GNOME_EXTENSION}" in text
    assert "Log out and back in" in text
    assert "small window" in text


def test_other_wayland_desktops_are_pointed_at_their_panel() -> None:
    text = "\n".join(tray_advice({"XDG_CURRENT_DESKTOP": "sway", "WAYLAND_DISPLAY": "w-1"}, False))
    assert "StatusNotifierItem" in text and "waybar" in text
    assert "gnome-extensions" not in text


def test_x11_without_a_tray_is_told_to_add_one() -> None:
    text = "\n".join(tray_advice({"XDG_CURRENT_DESKTOP": "XFCE"}, False))
    assert "notification area" in text and "small window" in text
