target_sources(odwh_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/messageboxes.cpp ${CMAKE_CURRENT_LIST_DIR}/messageboxes.h)
