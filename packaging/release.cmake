# The date of the release named by project(VERSION ...). The version itself lives only in
# project(); this date goes beside it into the AppStream <release>, the man pages and the
# Debian changelog. Bump it together with project(VERSION ...).
set(ODWH_RELEASE_DATE "2026-11-27")
