target_sources(odwh_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/detailspane.cpp ${CMAKE_CURRENT_LIST_DIR}/detailspane.h
  ${CMAKE_CURRENT_LIST_DIR}/errorbanner.cpp ${CMAKE_CURRENT_LIST_DIR}/errorbanner.h
  ${CMAKE_CURRENT_LIST_DIR}/filterbar.cpp ${CMAKE_CURRENT_LIST_DIR}/filterbar.h
  ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h
  ${CMAKE_CURRENT_LIST_DIR}/tableplacekeeper.cpp ${CMAKE_CURRENT_LIST_DIR}/tableplacekeeper.h
  ${CMAKE_CURRENT_LIST_DIR}/appcontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/appcontroller.h)

# The executable: app/main.cpp stays thin.
add_executable(optimaldial-webhooks ${CMAKE_SOURCE_DIR}/app/main.cpp ${CMAKE_SOURCE_DIR}/resources/resources.qrc)
target_link_libraries(optimaldial-webhooks PRIVATE odwh_ui)
