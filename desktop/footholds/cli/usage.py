"""Usage mistakes on the command line in the CLI's own plain words, in place of argparse's
English ("unrecognized arguments: …", "the following arguments are required: …"): an option
that is not one is named with the nearest real option of that command, and a missing word is
said as what is missing. cli/parser.py adds where to look ("see 'footholds CMD --help'")."""

from __future__ import annotations

import argparse

REQUIRED = "the following arguments are required: "


def either(words: list[str]) -> str:
    """'add or list', 'enable, disable or status'."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def command_parser(
    parser: argparse.ArgumentParser, parsed: argparse.Namespace
) -> argparse.ArgumentParser:
    """The parser of the command (or the command's action) the person typed: its options are
    the ones to suggest, its --help the one to point to."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            chosen = action.choices.get(getattr(parsed, action.dest, None) or "")
            if isinstance(chosen, argparse.ArgumentParser):
                return command_parser(chosen, parsed)
    return parser


def command_name(parser: argparse.ArgumentParser) -> str:
    """'proof add' for `footholds proof add`; 'footholds' for the program itself."""
    _program, _space, command = parser.prog.partition(" ")
    return command or parser.prog


def left_over(parser: argparse.ArgumentParser, extras: list[str]) -> str:
    """Words the command does not take: the first that looks like an option, named with the
    nearest of the command's own when one is near; otherwise the words themselves."""
    import difflib  # only on a mistake: the parser is built at every start

    for word in extras:
        if word.startswith("-") and word != "-":
            typed = word.split("=", 1)[0]
            known = " ".join(parser.prog.split(" ")[1:])
            owner = f"of {known}" if known else "Footholds knows"
            said = f"{typed[:40]!r} is not an option {owner}"
            # a word the command takes without an option's name (log's NOTE): said so, not
            # the nearest option, which sent `log --note` words to --tried
            for action in parser._actions:
                if not action.option_strings and typed.lstrip("-").lower() == action.dest:
                    return f"{said}: the {action.dest} is written without it"
            options = list(parser._option_string_actions)
            # near only: at 0.6, --note came out as --tried
            close = difflib.get_close_matches(typed, options, n=1, cutoff=0.75)
            return f"{said}; did you mean {close[0]!r}?" if close else said
    words = " ".join(extras)
    return f"{command_name(parser)} does not take {words[:60]!r}"


def missing(parser: argparse.ArgumentParser, message: str) -> str:
    """argparse's "the following arguments are required: ACTION" as what the command needs,
    in words ("proof needs what to do: add or list"); "" for any other message."""
    if not message.startswith(REQUIRED):
        return ""
    named = message[len(REQUIRED) :].split(", ")
    needs: list[str] = []
    for action in parser._actions:
        name = argparse._get_action_name(action)
        if action.required and name in named:
            needs.append(needed(action, name))
    if not needs:
        return ""
    return f"{command_name(parser)} needs {' and '.join(needs)}"


def needed(action: argparse.Action, name: str) -> str:
    """What one missing word is, in words: what to do, the choices, or its help."""
    if isinstance(action, argparse._SubParsersAction):
        return f"what to do: {either(list(action.choices))}"
    choices = [str(choice) for choice in action.choices or ()]
    if choices and len(choices) <= 8:
        what = "what to do" if action.dest == "action" else "one of"  # autostart, lock
        return f"{what}: {either(choices)}"
    return action.help or name
