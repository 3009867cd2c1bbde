#pragma once

#include <QColor>

class QLabel;
class QObject;
class QPalette;

// The colours of status texts, one rule for every dialog: chosen to read on both light
// and dark palettes. Text or an icon always says the same thing; colour only repeats it.
namespace ToneColours {

enum class Tone { Normal, Error, Warning, Ok };

bool isDark(const QPalette &palette);
QColor colourFor(Tone tone, const QPalette &palette);

// Gives `label` the tone's text colour (Normal: the inherited one) and remembers the
// tone, so that reapply() can follow a palette change. `base` is the dialog's palette:
// on a palette change the dialog hears of it before its children have the new one.
void setTone(QLabel *label, Tone tone, const QPalette &base);
// Sets every tinted label below `root` again for the palette `base`.
void reapply(const QObject *root, const QPalette &base);

// An error panel's background and text, tinted together.
QColor errorPanelBackground(const QPalette &palette);
QColor errorPanelText(const QPalette &palette);

} // namespace ToneColours
