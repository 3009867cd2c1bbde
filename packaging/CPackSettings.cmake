# CPack configuration, included at the end of packaging/CMakeLists.txt. One version: PROJECT_VERSION.

set(CPACK_PACKAGE_NAME ${ODWH_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "OptimalDial")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${ODWH_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${ODWH_HOMEPAGE}")
# Debian synopsis rules: lower case start, no final full stop, under 80 characters.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "administer the webhook endpoints of an OptimalDial organization")
# Lines under 80 columns (lintian: extended-description-line-too-long).
set(CPACK_PACKAGE_DESCRIPTION
"OptimalDial Webhooks is a desktop application for the operators who
administer the webhook endpoints of their organization on the OptimalDial
REST API. It shows every endpoint at a glance, failing and disabled ones by
icon and text, with their recent deliveries, and fixes them in an edit dialog
that saves only what changed. API keys are kept in the system keychain
(Secret Service), never in a file.

The package also holds optimaldial-sandbox, a local stand-in for the API,
for demonstrations and tests without internet access or a real key.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${ODWH_APP_NAME}")
set(CPACK_PACKAGE_EXECUTABLES optimaldial-webhooks "${ODWH_APP_NAME}")  # Start menu (NSIS, WiX)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/license.txt)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
  set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR TGZ)
  find_program(ODWH_DPKG_DEB dpkg-deb)
  find_program(ODWH_RPMBUILD rpmbuild)
  if(ODWH_DPKG_DEB)
    list(APPEND CPACK_GENERATOR DEB)
  endif()
  if(ODWH_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
  endif()
endif()

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/" "/shots/" "\\.user$")

# ---- Debian (.deb): Qt and libc dependencies from dpkg-shlibdeps; by hand what is loaded at
# run time and no tool sees: libsecret (dlopen'ed by QtKeychain for the Secret Service) and the
# Qt SVG plugins (the window icon is an SVG).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6")
# Something that provides org.freedesktop.secrets; Wayland sessions want Qt's Wayland plugin;
# Qt's own translations (qtbase_de.qm ...) for the standard dialogs and buttons. The app's own
# translations are inside the executable (resources under :/i18n).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | libkf5wallet-bin, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${ODWH_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# ---- RPM: Qt and libc requirements from rpm's own ELF dependency generator (AUTOREQ); the
# run-time-only ones by soname, which every RPM distribution provides whatever it names the
# package (Fedora: libsecret, qt6-qtsvg; openSUSE: libsecret-1-0, libQt6Svg6 ...).
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${ODWH_HOMEPAGE}")
set(CPACK_RPM_PACKAGE_SUMMARY "Administer the webhook endpoints of an OptimalDial organization")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# Not relocatable: the desktop file and the metainfo live in /usr/share, where desktops look.
set(CPACK_PACKAGE_RELOCATABLE OFF)
set(CPACK_RPM_PACKAGE_RELOCATABLE OFF)
set(CPACK_RPM_PACKAGE_AUTOREQPROV ON)
if(CMAKE_SIZEOF_VOID_P EQUAL 8)
  set(CPACK_RPM_PACKAGE_REQUIRES "libsecret-1.so.0()(64bit), libQt6Svg.so.6()(64bit)")
else()
  set(CPACK_RPM_PACKAGE_REQUIRES "libsecret-1.so.0, libQt6Svg.so.6")
endif()
# Shared directories belong to the filesystem / hicolor-icon-theme packages, not to us.
set(rpm_shared_dirs
  /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
  /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
  /usr/share/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256)
  list(APPEND rpm_shared_dirs /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${rpm_shared_dirs})

# ---- Windows: NSIS (default) or WiX (cpack -G WIX).
set(ODWH_WINDOWS_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/${ODWH_APP_ID}.ico)
set(CPACK_NSIS_PACKAGE_NAME "${ODWH_APP_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${ODWH_APP_NAME}")
set(CPACK_NSIS_MUI_ICON ${ODWH_WINDOWS_ICON})
set(CPACK_NSIS_MUI_UNIICON ${ODWH_WINDOWS_ICON})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\optimaldial-webhooks.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${ODWH_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${ODWH_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN optimaldial-webhooks.exe)
# Never change the upgrade GUID: it is how Windows Installer recognises older versions.
set(CPACK_WIX_UPGRADE_GUID "309BBB0F-4706-4E5D-BB7F-C2940B7CC73A")
set(CPACK_WIX_PRODUCT_ICON ${ODWH_WINDOWS_ICON})
set(CPACK_WIX_PROGRAM_MENU_FOLDER "${ODWH_APP_NAME}")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${ODWH_HOMEPAGE}")

# ---- macOS: a DMG with the bundle and a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "${ODWH_APP_NAME}")
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
