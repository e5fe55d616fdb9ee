<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <location filename="../../orgdesk/cli.py" line="49"/>
        <source>OrgDesk: organisation charts and organisation design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="54"/>
        <source>create a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="55"/>
        <source>the .orgdesk file to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="59"/>
        <source>fill it with the bundled sample organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="61"/>
        <source>organisation name (default: the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="62"/>
        <source>replace an existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="64"/>
        <source>show counts and the unit tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="65"/>
        <source>an .orgdesk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="66"/>
        <source>scenario name (default: the current one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="67"/>
        <source>print one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="69"/>
        <source>work with duty lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="72"/>
        <source>split pasted duty text into numbered items (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="74"/>
        <source>a text file, or - for stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="82"/>
        <source>“{path}” already exists; use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="88"/>
        <source>Created {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="97"/>
        <source>The document has no scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="104"/>
        <source>No scenario named “{name}”; the document has: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="181"/>
        <source>{indent}{name} [{type}]  posts {posts}, headcount {headcount}, filled {filled}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="205"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="206"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="207"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="208"/>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="209"/>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="210"/>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="211"/>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="212"/>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="217"/>
        <source>Scenarios: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="236"/>
        <source>Cannot read “{path}”: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="283"/>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="288"/>
        <source>Internal error: {error} (set ORGDESK_DEBUG=1 for details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="45"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="208"/>
        <source>Add unit “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="247"/>
        <source>Move unit “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="277"/>
        <source>Delete unit “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="333"/>
        <source>Add post “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="353"/>
        <source>Move post “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="377"/>
        <source>Delete post “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="397"/>
        <source>Add person “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="416"/>
        <source>Delete person “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="435"/>
        <source>Assign “{person}” to “{position}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="472"/>
        <source>Remove an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="558"/>
        <source>Add duty “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="563"/>
        <source>Move a duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="568"/>
        <source>Delete a duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="573"/>
        <source>Add KPI “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="578"/>
        <source>Move a KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="583"/>
        <source>Delete a KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="588"/>
        <source>Add relation “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="632"/>
        <source>Delete a relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="645"/>
        <source>Add scenario “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="671"/>
        <source>Delete scenario “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="699"/>
        <source>Add unit type “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="717"/>
        <source>Delete unit type “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="741"/>
        <source>Change “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="35"/>
        <source>Cannot move “{unit}” under “{target}”: “{target}” is part of “{unit}”&apos;s own subtree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="38"/>
        <source>Scenario “{scenario}” already has a top unit (“{root}”); add the unit under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="41"/>
        <source>“{unit}” is the top unit of its scenario and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="42"/>
        <source>“{unit}” is the top unit of its scenario and cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="43"/>
        <source>“{item}” and “{target}” belong to different scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="44"/>
        <source>The {field} must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="45"/>
        <source>The {field} must be zero or more (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="46"/>
        <source>A KPI weight must be between 0 and 100 % (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="47"/>
        <source>“{value}” is not a valid {field}; use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="48"/>
        <source>The {kind} with id {id} does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="49"/>
        <source>Employee number {code} is already used by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="50"/>
        <source>{person} already holds the post “{position}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="51"/>
        <source>The field “{field}” cannot be changed this way; move the item instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="52"/>
        <source>A {kind} has no field “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="53"/>
        <source>A relation needs two different ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="54"/>
        <source>“{position}” cannot report to “{target}”: that post already reports to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="57"/>
        <source>The unit type “{type}” is used by {count} units and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="58"/>
        <source>The last scenario of a document cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="59"/>
        <source>A scenario named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="60"/>
        <source>The {kind} “{name}” was changed by someone else in the meantime; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../orgdesk/store/files.py" line="25"/>
        <source>The file “{path}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="26"/>
        <source>“{path}” is a folder, not an OrgDesk document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="27"/>
        <source>The file “{path}” cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="28"/>
        <source>“{path}” is not an OrgDesk document (it is not a database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="29"/>
        <source>“{path}” is a database, but not an OrgDesk document; OrgDesk did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="32"/>
        <source>“{path}” was written by a newer OrgDesk (format {found}; this version reads up to {supported}). Please update OrgDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="37"/>
        <source>“{path}” is damaged or incomplete ({reason}); OrgDesk did not change it. Try a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="40"/>
        <source>“{path}” is read-only (or its folder is); copy it somewhere writable to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="43"/>
        <source>“{path}” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="44"/>
        <source>Could not save to “{path}”: {reason}. The document is as it was after the last saved edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="47"/>
        <source>Could not create “{path}”: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
