# Profiles and API keys: the first-run / add / replace-key dialog and the profile manager.
target_sources(odwh_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/profiledialog.cpp ${CMAKE_CURRENT_LIST_DIR}/profiledialog.h ${CMAKE_CURRENT_LIST_DIR}/profiledialog.ui
  ${CMAKE_CURRENT_LIST_DIR}/manageprofilesdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/manageprofilesdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/manageprofilesdialog.ui)
