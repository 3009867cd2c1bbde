#pragma once

#include <QString>

// What the form of an endpoint being edited says after a step of a save: that the
// save failed and why (an error), or what happened instead (information, e.g. that
// nothing was sent). Translated; the form adds only its icon and colours.
struct EditNotice
{
    enum class Kind { Info, Error };

    Kind kind = Kind::Info;
    QString title;
    QString text;
};
