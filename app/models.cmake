target_sources(odwh_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/denseranks.h
  ${CMAKE_CURRENT_LIST_DIR}/endpointfilterproxymodel.cpp ${CMAKE_CURRENT_LIST_DIR}/endpointfilterproxymodel.h
  ${CMAKE_CURRENT_LIST_DIR}/endpointstatevisuals.cpp ${CMAKE_CURRENT_LIST_DIR}/endpointstatevisuals.h
  ${CMAKE_CURRENT_LIST_DIR}/endpointstatus.cpp ${CMAKE_CURRENT_LIST_DIR}/endpointstatus.h
  ${CMAKE_CURRENT_LIST_DIR}/endpointtablemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/endpointtablemodel.h
  ${CMAKE_CURRENT_LIST_DIR}/refreshplan.cpp ${CMAKE_CURRENT_LIST_DIR}/refreshplan.h
  ${CMAKE_CURRENT_LIST_DIR}/relativetime.cpp ${CMAKE_CURRENT_LIST_DIR}/relativetime.h
  ${CMAKE_CURRENT_LIST_DIR}/searchindex.cpp ${CMAKE_CURRENT_LIST_DIR}/searchindex.h
  ${CMAKE_CURRENT_LIST_DIR}/searchtext.h)
