#pragma once

#include <QIcon>

// The tray icon with the number of endpoints in trouble painted on it: a filled circle
// in the corner with the count in it (99+ above 99), drawn at every size the tray may
// ask for. The count is the signal, not the colour: the tooltip says it in words.
namespace TrayBadge {

constexpr int Sizes[] = {16, 22, 24, 32, 48, 64};

QIcon withCount(const QIcon &base, int count);
QPixmap paint(const QIcon &base, int count, int size);

} // namespace TrayBadge
