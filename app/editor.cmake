# EndpointEditor: the edit-and-save protocol of one endpoint (no widgets).
target_sources(odwh_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/endpointeditor.cpp ${CMAKE_CURRENT_LIST_DIR}/endpointeditor.h)
