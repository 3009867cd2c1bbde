# EditEndpointDialog: edits one webhook endpoint through app/EndpointEditor.
target_sources(odwh_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/editendpointdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/editendpointdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/editendpointdialog.ui)
