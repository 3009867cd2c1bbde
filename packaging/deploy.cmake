# Windows and macOS only (included from packaging/CMakeLists.txt under if(WIN32 OR APPLE)):
# make the app a proper GUI program there, install it, and deploy the Qt runtime next to it
# with Qt's own deploy script (windeployqt / macdeployqt under the hood, Qt >= 6.3).
# Not built on the Linux CI machine: see README.md, "Installers", for the commands.

if(WIN32)
  # A GUI program: no console window. The icon goes into the .exe through a resource script.
  set_target_properties(optimaldial-webhooks PROPERTIES WIN32_EXECUTABLE ON)
  set(ODWH_WINDOWS_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/${ODWH_APP_ID}.ico)
  configure_file(${CMAKE_CURRENT_SOURCE_DIR}/windows/optimaldial-webhooks.rc.in
                 ${CMAKE_CURRENT_BINARY_DIR}/optimaldial-webhooks.rc @ONLY)
  target_sources(optimaldial-webhooks PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/optimaldial-webhooks.rc)

  install(TARGETS optimaldial-webhooks optimaldial-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  # QtKeychain is not a Qt module: windeployqt does not copy it. (It uses the Windows
  # Credential Manager, so it needs nothing else at run time.)
  # Qt6Keychain::Qt6Keychain is an ALIAS of the imported target, which install() wants.
  get_target_property(odwh_keychain_target Qt6Keychain::Qt6Keychain ALIASED_TARGET)
  if(NOT odwh_keychain_target)
    set(odwh_keychain_target Qt6Keychain::Qt6Keychain)
  endif()
  install(IMPORTED_RUNTIME_ARTIFACTS ${odwh_keychain_target}
          RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
  # The MSVC runtime DLLs beside the executables (no separate vc_redist needed).
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
  include(InstallRequiredSystemLibraries)
elseif(APPLE)
  # An .app bundle, as a DragNDrop DMG and macdeployqt expect.
  set(ODWH_MACOS_ICON ${CMAKE_CURRENT_SOURCE_DIR}/macos/${ODWH_APP_ID}.icns)
  target_sources(optimaldial-webhooks PRIVATE ${ODWH_MACOS_ICON})
  set_source_files_properties(${ODWH_MACOS_ICON} TARGET_DIRECTORY optimaldial-webhooks
                              PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
  set_target_properties(optimaldial-webhooks PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_BUNDLE_NAME "${ODWH_APP_NAME}"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${ODWH_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "${ODWH_APP_ID}.icns"
    MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 OptimalDial")
  # The sandbox travels inside the bundle, beside the app, and uses the Qt frameworks that
  # macdeployqt copies into Contents/Frameworks (it needs only QtCore and QtNetwork, which the
  # app uses too).
  set_target_properties(optimaldial-sandbox PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
  install(TARGETS optimaldial-webhooks BUNDLE DESTINATION .)
  install(TARGETS optimaldial-sandbox RUNTIME DESTINATION optimaldial-webhooks.app/Contents/MacOS)
endif()

# Qt's deploy script: copies the Qt libraries and plugins (platform, styles, image formats,
# TLS backends) into the install tree, and on macOS the other non-system libraries the app
# links (QtKeychain). Qt 6.3/6.4 name the output FILENAME_VARIABLE, Qt >= 6.5 OUTPUT_SCRIPT.
if(COMMAND qt_generate_deploy_app_script)
  if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET optimaldial-webhooks OUTPUT_SCRIPT odwh_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
  else()
    qt_generate_deploy_app_script(TARGET optimaldial-webhooks FILENAME_VARIABLE odwh_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
  endif()
  install(SCRIPT ${odwh_deploy_script})
else()
  message(WARNING "Qt ${Qt6_VERSION} has no qt_generate_deploy_app_script (Qt >= 6.3 needed): "
                  "the installer will not carry the Qt runtime.")
endif()
