#include "export.h"

#include <QFileInfo>
#include <QPainter>
#include <QPointer>
#include <QSvgGenerator>
#include <QWidget>

#include "ui/dialogs.h"

namespace kinsight::ui {

bool exportWidgetImage(QWidget* widget, const QString& path, const QString& title)
{
    if (!widget)
        return false;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(widget->size());
        svg.setViewBox(widget->rect());
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("Kinsight"));
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        widget->render(&painter);
        return painter.end();
    }
    return widget->grab().save(path, "PNG");
}

void exportWidgetInteractively(QWidget* widget, const QString& suggestedName)
{
    QPointer<QWidget> guard(widget);
    askSaveFile(widget, QWidget::tr("Export chart"), suggestedName + QStringLiteral(".png"),
        QWidget::tr("PNG image (*.png);;SVG image (*.svg)"), [guard, suggestedName](const QString& file) {
            if (guard && !exportWidgetImage(guard, file, suggestedName))
                showMessage(guard, QWidget::tr("Export chart"), QWidget::tr("Could not write %1.").arg(file), true);
        });
}

} // namespace kinsight::ui
