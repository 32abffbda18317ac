"""Staff roles (DESIGN.md, "Who may do what").

The groups are created and given their permissions by `portal.roles` after every migrate.
"""

PPID_UTAMA = "PPID Utama"
PPID_PELAKSANA = "PPID Pelaksana"
ATASAN_PPID = "Atasan PPID"
EDITOR_BERITA = "Editor Berita"
