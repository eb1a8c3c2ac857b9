#include "Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DigestReader"));
    QCoreApplication::setApplicationName(QStringLiteral("digest-reader"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    digest::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
