#pragma once

#include "exporttable.h"

#include <QByteArray>

// An export as JSON: an array of objects, one per row, each with the table's fields in
// the table's order (as the API sends them), indented, UTF-8, with a final newline.
namespace JsonTableWriter {

QByteArray write(const ExportTable &table);

} // namespace JsonTableWriter
