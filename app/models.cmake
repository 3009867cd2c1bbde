target_sources(odwh_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/endpointfilterproxymodel.cpp ${CMAKE_CURRENT_LIST_DIR}/endpointfilterproxymodel.h
  ${CMAKE_CURRENT_LIST_DIR}/endpointstatus.cpp ${CMAKE_CURRENT_LIST_DIR}/endpointstatus.h
  ${CMAKE_CURRENT_LIST_DIR}/endpointtablemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/endpointtablemodel.h
  ${CMAKE_CURRENT_LIST_DIR}/relativetime.cpp ${CMAKE_CURRENT_LIST_DIR}/relativetime.h)
