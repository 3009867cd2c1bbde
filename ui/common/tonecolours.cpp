#include "tonecolours.h"

#include <QLabel>
#include <QPalette>
#include <QVariant>

namespace ToneColours {

namespace {
const char ToneProperty[] = "odwhTone";
}

bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

QColor colourFor(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
    case Tone::Ok:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x6e, 0x20);
    case Tone::Normal:
        break;
    }
    return palette.color(QPalette::WindowText);
}

void setTone(QLabel *label, Tone tone, const QPalette &base)
{
    label->setProperty(ToneProperty, int(tone));
    if (tone == Tone::Normal) {
        label->setPalette(QPalette()); // inherit again
        return;
    }
    QPalette p;
    p.setColor(QPalette::WindowText, colourFor(tone, base));
    label->setPalette(p);
}

void reapply(const QObject *root, const QPalette &base)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        const QVariant tone = label->property(ToneProperty);
        if (tone.isValid())
            setTone(label, Tone(tone.toInt()), base);
    }
}

QColor errorPanelBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4a, 0x22, 0x22) : QColor(0xfd, 0xec, 0xea);
}

QColor errorPanelText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xe4, 0xe1) : QColor(0x41, 0x0e, 0x0b);
}

} // namespace ToneColours
