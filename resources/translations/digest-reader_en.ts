<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>digest::gui::EntityPage</name>
        <message numerus="yes">
            <source>Items mentioning it, per month (%n without a date not shown)</source>
            <translation>
                <numerusform>Items mentioning it, per month (%n without a date not shown)</numerusform>
                <numerusform>Items mentioning it, per month (%n without a date not shown)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>digest::gui::ImportReportDialog</name>
        <message numerus="yes">
            <source>%n file(s) imported</source>
            <translation>
                <numerusform>%n file imported</numerusform>
                <numerusform>%n files imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n item(s)</source>
            <translation>
                <numerusform>%1 — %n item</numerusform>
                <numerusform>%1 — %n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>digest::gui::ItemViewer</name>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln item</numerusform>
                <numerusform>%Ln items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>digest::gui::MainWindow</name>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln item</numerusform>
                <numerusform>%Ln items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>digest::gui::MentionsChart</name>
        <message numerus="yes">
            <source>%1: %n item(s)</source>
            <translation>
                <numerusform>%1: %n item</numerusform>
                <numerusform>%1: %n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>digest::gui::SidebarModel</name>
        <message numerus="yes">
            <source>%n issue(s)</source>
            <translation>
                <numerusform>%n issue</numerusform>
                <numerusform>%n issues</numerusform>
            </translation>
        </message>
    </context>
</TS>
