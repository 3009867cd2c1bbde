#pragma once

#include <QByteArray>
#include <QString>

struct Organization;
class SandboxStore;

// --seed FILE: {"webhooks": [<endpoint objects>], "deliveries": [<delivery objects>]}
// in contract format, loaded into one organization (the first key's). Server-side
// fields may be left out: id (generated), user_id (the key's user), organization_id
// (always the key's organization), created_at (now), updated_at (created_at),
// events (["upload.completed","upload.failed"]), is_active (true),
// consecutive_failures (0), nullable timestamps (null). "broken": true makes the
// simulator's deliveries to it fail (default: consecutive_failures > 0).
// Deliveries need webhook_endpoint_id (one of the seed's webhooks), status and
// created_at. Both arrays are optional. Unknown fields are errors, except top-level
// keys starting with "_" (comments).
namespace SeedLoader {

bool loadFile(const QString &path, SandboxStore &store, Organization &org, QString *error);
bool loadJson(const QByteArray &json, SandboxStore &store, Organization &org, QString *error);

} // namespace SeedLoader
