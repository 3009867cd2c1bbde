#pragma once

#include <QString>

// How a webhook URL from the server is shown. The server sends an internationalised
// host in its ASCII (punycode) form, or sometimes in Unicode; either is accepted.
// A host is shown in Unicode only where that cannot mislead, as browsers do against
// homograph spoofing: each label in one script (Latin, or one non-Latin script that
// does not imitate Latin letters; Japanese and Korean mixes with Han allowed). Mixed
// scripts and look-alike scripts (Cyrillic, Greek) stay in punycode. Bidi controls,
// invisible and control characters are removed and long text is cut (ServerText).
namespace UrlDisplay {

constexpr int Limit = 500;

QString forDisplay(const QString &url);
// The host as shown: Unicode when safe by the rule above, else its ASCII form.
QString hostForDisplay(const QString &host);

} // namespace UrlDisplay
