# Profiles and API-key handling: the profile list in QSettings, the keyring (keychain
# plus session-only keys) and the key check against the server.
target_sources(odwh_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/profile.h
  ${CMAKE_CURRENT_LIST_DIR}/profilestore.cpp ${CMAKE_CURRENT_LIST_DIR}/profilestore.h
  ${CMAKE_CURRENT_LIST_DIR}/keyring.cpp ${CMAKE_CURRENT_LIST_DIR}/keyring.h
  ${CMAKE_CURRENT_LIST_DIR}/keyverifier.cpp ${CMAKE_CURRENT_LIST_DIR}/keyverifier.h)
