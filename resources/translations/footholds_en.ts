<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CheckinPreview</name>
    <message numerus="yes">
        <source>A long stretch: the preview shows up to %n items in each part, the latest or the most often named. Saving or printing keeps everything.</source>
        <translation>
            <numerusform>A long stretch: the preview shows up to %n item in each part, the latest or the most often named. Saving or printing keeps everything.</numerusform>
            <numerusform>A long stretch: the preview shows up to %n items in each part, the latest or the most often named. Saving or printing keeps everything.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinWindow</name>
    <message numerus="yes">
        <source>Until %n:00 it is still {day} for you, so the summary runs to that day.</source>
        <translation>
            <numerusform>Until %n:00 it is still {day} for you, so the summary runs to that day.</numerusform>
            <numerusform>Until %n:00 it is still {day} for you, so the summary runs to that day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message numerus="yes">
        <source>%n entries written to {path}.</source>
        <translation>
            <numerusform>%n entry written to {path}.</numerusform>
            <numerusform>%n entries written to {path}.</numerusform>
        </translation>
    </message>
</context>
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
        <source>Also named: {named} and %n more.</source>
        <translation>
            <numerusform>Also named: {named} and %n more.</numerusform>
            <numerusform>Also named: {named} and %n more.</numerusform>
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
    <name>JournalWindow</name>
    <message numerus="yes">
        <source>%n entries found so far; scroll for more.</source>
        <translation>
            <numerusform>%n entry found so far; scroll for more.</numerusform>
            <numerusform>%n entries found so far; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found.</source>
        <translation>
            <numerusform>%n entry found.</numerusform>
            <numerusform>%n entries found.</numerusform>
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
        <source>Show all %n past sessions</source>
        <translation>
            <numerusform>Show %n past session</numerusform>
            <numerusform>Show all %n past sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n minutes</source>
        <translation>
            <numerusform>, %n minute</numerusform>
            <numerusform>, %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SleepCard</name>
    <message numerus="yes">
        <source>%n nights</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThanksWords</name>
    <message numerus="yes">
        <source>All right. It will come back in about %n minutes.</source>
        <translation>
            <numerusform>All right. It will come back in about %n minute.</numerusform>
            <numerusform>All right. It will come back in about %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All right. It will come back after your session, in about %n minutes.</source>
        <translation>
            <numerusform>All right. It will come back after your session, in about %n minute.</numerusform>
            <numerusform>All right. It will come back after your session, in about %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All right. It will come with your rest, in about %n minutes.</source>
        <translation>
            <numerusform>All right. It will come with your rest, in about %n minute.</numerusform>
            <numerusform>All right. It will come with your rest, in about %n minutes.</numerusform>
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
        <source>%n nights</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
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
        <source>Ticked &quot;took my medication&quot; on %n days in this stretch.</source>
        <translation>
            <numerusform>Ticked &quot;took my medication&quot; on %n day in this stretch.</numerusform>
            <numerusform>Ticked &quot;took my medication&quot; on %n days in this stretch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message numerus="yes">
        <source>%n entries in {file} could not be read ({detail}).</source>
        <translation>
            <numerusform>%n entry in {file} could not be read ({detail}).</numerusform>
            <numerusform>%n entries in {file} could not be read ({detail}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries came back: {kept} from the file itself and {restored} from your latest backup.</source>
        <translation>
            <numerusform>%n entry came back: {kept} from the file itself and {restored} from your latest backup.</numerusform>
            <numerusform>%n entries came back: {kept} from the file itself and {restored} from your latest backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries came back from the file itself.</source>
        <translation>
            <numerusform>%n entry came back from the file itself.</numerusform>
            <numerusform>%n entries came back from the file itself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries came back from your latest backup.</source>
        <translation>
            <numerusform>%n entry came back from your latest backup.</numerusform>
            <numerusform>%n entries came back from your latest backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had been saved in another text format, as some editors do, and were read back in that format.</source>
        <translation>
            <numerusform>%n of them had been saved in another text format, as some editors do, and was read back in that format.</numerusform>
            <numerusform>%n of them had been saved in another text format, as some editors do, and were read back in that format.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be brought back.</source>
        <translation>
            <numerusform>%n entry could not be brought back.</numerusform>
            <numerusform>%n entries could not be brought back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n entries are safe.</source>
        <translation>
            <numerusform>The other entry is safe.</numerusform>
            <numerusform>The other %n entries are safe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your backups could be read again: %n entries came back from your latest backup into {file}.</source>
        <translation>
            <numerusform>Your backups could be read again: %n entry came back from your latest backup into {file}.</numerusform>
            <numerusform>Your backups could be read again: %n entries came back from your latest backup into {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries from the file came in before that and are kept, and nothing you already had was lost.</source>
        <translation>
            <numerusform>%n entry from the file came in before that and is kept, and nothing you already had was lost.</numerusform>
            <numerusform>%n entries from the file came in before that and are kept, and nothing you already had was lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last of them are only in memory for now: keep Footholds open, and they will be saved as soon as writing works again.</source>
        <translation>
            <numerusform>It is only in memory for now: keep Footholds open, and it will be saved as soon as writing works again.</numerusform>
            <numerusform>The last of them are only in memory for now: keep Footholds open, and they will be saved as soon as writing works again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>importers</name>
    <message numerus="yes">
        <source>%n log entries</source>
        <translation>
            <numerusform>%n log entry</numerusform>
            <numerusform>%n log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder outcomes</source>
        <translation>
            <numerusform>%n reminder outcome</numerusform>
            <numerusform>%n reminder outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proof-list entries</source>
        <translation>
            <numerusform>%n proof-list entry</numerusform>
            <numerusform>%n proof-list entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n affirmations</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden or favourite marks</source>
        <translation>
            <numerusform>%n hidden or favourite mark</numerusform>
            <numerusform>%n hidden or favourite marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions of your own</source>
        <translation>
            <numerusform>%n suggestion of your own</numerusform>
            <numerusform>%n suggestions of your own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thought logs</source>
        <translation>
            <numerusform>%n thought log</numerusform>
            <numerusform>%n thought logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine steps</source>
        <translation>
            <numerusform>%n routine step</numerusform>
            <numerusform>%n routine steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine ticks</source>
        <translation>
            <numerusform>%n routine tick</numerusform>
            <numerusform>%n routine ticks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n micro-goals</source>
        <translation>
            <numerusform>%n micro-goal</numerusform>
            <numerusform>%n micro-goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety plans</source>
        <translation>
            <numerusform>%n safety plan</numerusform>
            <numerusform>%n safety plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n help lines of your own</source>
        <translation>
            <numerusform>%n help line of your own</numerusform>
            <numerusform>%n help lines of your own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities of your own</source>
        <translation>
            <numerusform>%n activity of your own</numerusform>
            <numerusform>%n activities of your own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned activities</source>
        <translation>
            <numerusform>%n planned activity</numerusform>
            <numerusform>%n planned activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nights&apos; sleep</source>
        <translation>
            <numerusform>%n night&apos;s sleep</numerusform>
            <numerusform>%n nights&apos; sleep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medication ticks</source>
        <translation>
            <numerusform>%n medication tick</numerusform>
            <numerusform>%n medication ticks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicines</source>
        <translation>
            <numerusform>%n medicine</numerusform>
            <numerusform>%n medicines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaires</source>
        <translation>
            <numerusform>%n questionnaire</numerusform>
            <numerusform>%n questionnaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in Footholds, left as they are</source>
        <translation>
            <numerusform>%n already in Footholds, left as it is</numerusform>
            <numerusform>%n already in Footholds, left as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated in the file, taken once</source>
        <translation>
            <numerusform>%n repeated in the file, taken once</numerusform>
            <numerusform>%n repeated in the file, taken once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share an id with another entry but have different words: added as new entries</source>
        <translation>
            <numerusform>%n shares an id with another entry but has different words: added as a new entry</numerusform>
            <numerusform>%n share an id with another entry but have different words: added as new entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are earlier versions of entries you have changed since; your versions stay</source>
        <translation>
            <numerusform>%n is an earlier version of an entry you have changed since; your version stays</numerusform>
            <numerusform>%n are earlier versions of entries you have changed since; your versions stay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were earlier versions of entries you have changed since; your versions stay.</source>
        <translation>
            <numerusform>%n was an earlier version of an entry you have changed since; your version stays.</numerusform>
            <numerusform>%n were earlier versions of entries you have changed since; your versions stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invisible characters were taken out of %n entries; their words are kept</source>
        <translation>
            <numerusform>invisible characters were taken out of %n entry; its words are kept</numerusform>
            <numerusform>invisible characters were taken out of %n entries; their words are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes were longer than Footholds keeps: their start was kept</source>
        <translation>
            <numerusform>%n note was longer than Footholds keeps: its start was kept</numerusform>
            <numerusform>%n notes were longer than Footholds keeps: their start was kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries had details this version does not know; left out</source>
        <translation>
            <numerusform>%n entry had details this version does not know; left out</numerusform>
            <numerusform>%n entries had details this version does not know; left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read and will be left out:</source>
        <translation>
            <numerusform>%n could not be read and will be left out:</numerusform>
            <numerusform>%n could not be read and will be left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are dated ahead of today and will be left out:</source>
        <translation>
            <numerusform>%n is dated ahead of today and will be left out:</numerusform>
            <numerusform>%n are dated ahead of today and will be left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feelings</source>
        <translation>
            <numerusform>%n feeling</numerusform>
            <numerusform>%n feelings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small wins</source>
        <translation>
            <numerusform>%n small win</numerusform>
            <numerusform>%n small wins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts of you</source>
        <translation>
            <numerusform>%n part of you</numerusform>
            <numerusform>%n parts of you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped the import. %n entries had come in by then and are kept, with everything you already had. Importing the same file again brings in the rest; nothing is added twice.</source>
        <translation>
            <numerusform>You stopped the import. %n entry had come in by then and is kept, with everything you already had. Importing the same file again brings in the rest; nothing is added twice.</numerusform>
            <numerusform>You stopped the import. %n entries had come in by then and are kept, with everything you already had. Importing the same file again brings in the rest; nothing is added twice.</numerusform>
        </translation>
    </message>
</context>
</TS>
