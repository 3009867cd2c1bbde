target_sources(odwh_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/endpointlistcontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/endpointlistcontroller.h)
