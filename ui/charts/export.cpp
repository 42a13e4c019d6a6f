#include "export.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

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
    QString selected;
    const QString path = QFileDialog::getSaveFileName(widget, QWidget::tr("Export chart"),
        suggestedName + QStringLiteral(".png"), QWidget::tr("PNG image (*.png);;SVG image (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (!exportWidgetImage(widget, file, suggestedName))
        QMessageBox::warning(widget, QWidget::tr("Export chart"), QWidget::tr("Could not write %1.").arg(file));
}

} // namespace kinsight::ui
