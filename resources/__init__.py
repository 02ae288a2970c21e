"""Data shipped with Footholds: icons, content packs and translations."""
