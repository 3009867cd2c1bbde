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

// The URL as put in an edit field: the host as hostForDisplay shows it, and every
// hidden character (bidi controls, invisible format and control characters, spaces but the plain one)
// percent-encoded rather than removed, so that the text is the same URL, nothing is
// cut, and nothing reorders what the user reads. Not a URL: as sent.
QString forEditing(const QString &url);
// The form sent to the server: the host in ASCII (punycode), the rest fully encoded.
// Not a URL: as given (validation says why before anything is sent).
QString toAscii(const QString &url);

} // namespace UrlDisplay
