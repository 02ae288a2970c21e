<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GoalCard</name>
    <message numerus="yes">
        <source>%n steps done</source>
        <translation>
            <numerusform>%n step done</numerusform>
            <numerusform>%n steps done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Reading the file: %Ln rows</source>
        <translation>
            <numerusform>Reading the file: %Ln row</numerusform>
            <numerusform>Reading the file: %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln rows</source>
        <translation>
            <numerusform>Importing: %Ln row</numerusform>
            <numerusform>Importing: %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsWindow</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small movements</source>
        <translation>
            <numerusform>%n small movement</numerusform>
            <numerusform>%n small movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message numerus="yes">
        <source>About %n seconds</source>
        <translation>
            <numerusform>About %n second</numerusform>
            <numerusform>About %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderPresenter</name>
    <message numerus="yes">
        <source>All right. It will come back in about %n minutes.</source>
        <translation>
            <numerusform>All right. It will come back in about %n minute.</numerusform>
            <numerusform>All right. It will come back in about %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineSuggestions</name>
    <message numerus="yes">
        <source>Bring back hidden suggestions (%n)</source>
        <translation>
            <numerusform>Bring back hidden suggestions (%n)</numerusform>
            <numerusform>Bring back hidden suggestions (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsEditor</name>
    <message numerus="yes">
        <source>, %n minutes</source>
        <translation>
            <numerusform>, %n minute</numerusform>
            <numerusform>, %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n days</source>
        <translation>
            <numerusform>on %n day</numerusform>
            <numerusform>on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days since my last session, on {day}.</source>
        <translation>
            <numerusform>%n day since my last session, on {day}.</numerusform>
            <numerusform>%n days since my last session, on {day}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>checkin_extras</name>
    <message numerus="yes">
        <source>Ticked "took my medication" on %n days in this stretch.</source>
        <translation>
            <numerusform>Ticked "took my medication" on %n day in this stretch.</numerusform>
            <numerusform>Ticked "took my medication" on %n days in this stretch.</numerusform>
        </translation>
    </message>
</context>
</TS>
