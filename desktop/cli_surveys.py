"""`pelita surveys …`: the feedback surveys without a window, through the same services as the
window (so permissions and the audit log apply as at a desk).

    pelita surveys questions PROGRAMME [--standard [--language id|en]] --user NAME
    pelita surveys form COHORT --pdf FILE [--language id|en] --user NAME
    pelita surveys enter COHORT --answer N=VALUE [--answer N=VALUE ...] --user NAME
    pelita surveys results (--cohort C | --programme P | --instructor USER)
                           [--from dd/mm/yyyy] [--to dd/mm/yyyy] [--xlsx FILE | --csv FILE]
                           --user NAME

A programme or a cohort is named by its code (or its number); an instructor by user name. N in
--answer is the question's number on the printed form. Only the standard library is imported
at the top: the parser is built for `--help` too.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, print_table
from desktop.cli_participants import _login, user_parser
from desktop.domain.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from desktop.services.context import Actor
    from desktop.services.survey_results import Choice, SurveyResults
    from desktop.store.database import Database


def add_survey_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    both = [common, user_parser()]
    surveys = commands.add_parser("surveys", help="feedback surveys: questions, forms, results")
    actions = surveys.add_subparsers(title="actions", metavar="ACTION", required=True)

    questions = actions.add_parser(
        "questions",
        parents=both,
        help="show a programme's survey questions, or give it the standard set",
        description="Show the programme's feedback questions in the order of the form. With "
        "--standard, a programme without questions gets the standard set. Administrators only.",
    )
    questions.add_argument("programme", metavar="PROGRAMME", help="its code or number")
    questions.add_argument(
        "--standard", action="store_true", help="adopt the standard questions (none yet only)"
    )
    questions.add_argument(
        "--language", choices=("id", "en"), help="of the standard set (default: this desk's)"
    )
    questions.set_defaults(handler=show_questions)

    form = actions.add_parser(
        "form",
        parents=both,
        help="write a cohort's blank feedback form as PDF",
        description="The printable, anonymous feedback form of the cohort.",
    )
    form.add_argument("cohort", metavar="COHORT", help="its code or number")
    form.add_argument("--pdf", metavar="FILE", type=Path, required=True)
    form.add_argument("--language", choices=("id", "en"), help="default: this desk's language")
    form.set_defaults(handler=write_form)

    enter = actions.add_parser(
        "enter",
        parents=both,
        help="type in one filled-in paper form",
        description="Save one paper form of the cohort: N is the question's number on the form, "
        "VALUE a score from 1 to 5 or the words written for a free-text question.",
    )
    enter.add_argument("cohort", metavar="COHORT", help="its code or number")
    enter.add_argument(
        "--answer", metavar="N=VALUE", action="append", default=[], help="repeat for each answer"
    )
    enter.set_defaults(handler=enter_form)

    results = actions.add_parser(
        "results",
        parents=both,
        help="the survey results of a cohort, a programme or an instructor",
        description="Responses, mean and the spread of scores per question, and the comments; "
        "printed, or written as xlsx or CSV. Administrators only.",
    )
    whose = results.add_mutually_exclusive_group(required=True)
    whose.add_argument("--cohort", metavar="COHORT", help="its code or number")
    whose.add_argument("--programme", metavar="PROGRAMME", help="its code or number")
    whose.add_argument("--instructor", metavar="USER", help="the instructor's user name")
    results.add_argument("--from", dest="start", metavar="dd/mm/yyyy")
    results.add_argument("--to", dest="end", metavar="dd/mm/yyyy")
    files = results.add_mutually_exclusive_group()
    files.add_argument("--xlsx", metavar="FILE", type=Path)
    files.add_argument("--csv", metavar="FILE", type=Path)
    results.add_argument("--language", choices=("id", "en"), help="of the file")
    results.set_defaults(handler=show_results)


# -- the commands --------------------------------------------------------------------------------


def show_questions(args: argparse.Namespace, url: str) -> int:
    from desktop.config import load_config
    from desktop.services import surveys

    db = _open(url)
    try:
        actor = _login(db, args.user)
        programme_id = find_programme(db, actor, args.programme)
        if args.standard:
            language = args.language or load_config().language
            survey = surveys.adopt_standard_questions(db, actor, programme_id, language)
            print(f"{survey.programme_name} now has the standard questions.")
        else:
            survey = surveys.survey_questions(db, actor, programme_id)
    finally:
        db.close()
    if not survey.questions:
        print(f"{survey.programme_name} has no survey questions yet (see --standard).")
        return 0
    print_table(
        ("No", "Kind", "Question", "Answers"),
        ((str(q.number), q.kind.value, q.text, str(q.answers)) for q in survey.questions),
    )
    return 0


def write_form(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_sponsors import target
    from desktop.services.sponsor_impact import write_whole
    from desktop.services.survey_responses import survey_form_pdf

    path = target(args.pdf, ".pdf")
    db = _open(url)
    try:
        actor = _login(db, args.user)
        cohort_id = find_cohort(db, actor, args.cohort)
        data = survey_form_pdf(db, actor, cohort_id, language=args.language)
    finally:
        db.close()
    write_whole(path, data)
    print(f"Written: {path}")
    return 0


def enter_form(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.evaluation import SurveySource
    from desktop.services.survey_responses import record_response, survey_for_cohort

    typed = [parse_answer(text) for text in args.answer]
    db = _open(url)
    try:
        actor = _login(db, args.user)
        cohort_id = find_cohort(db, actor, args.cohort)
        survey = survey_for_cohort(db, actor, cohort_id)
        by_number = {question.number: question.id for question in survey.questions}
        answers: dict[int, int | str | None] = {}
        for number, value in typed:
            if number not in by_number:
                raise ValidationError(
                    "There is no question {number} on this form: it has {count}.",
                    "answer",
                    number=number,
                    count=len(by_number),
                )
            answers[by_number[number]] = value
        record_response(db, actor, cohort_id, answers, SurveySource.PAPER)
        count = survey_for_cohort(db, actor, cohort_id).responses
    finally:
        db.close()
    print(f"Form {count} saved for {survey.cohort_code}.")
    return 0


def show_results(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_sponsors import parse_day, target
    from desktop.services.survey_results import (
        ResultsBy,
        export_survey_results,
        survey_choices,
        survey_results,
    )

    start = parse_day(args.start, "--from") if args.start else None
    end = parse_day(args.end, "--to") if args.end else None
    path = target(args.xlsx, ".xlsx") if args.xlsx else None
    path = target(args.csv, ".csv") if args.csv else path
    db = _open(url)
    try:
        actor = _login(db, args.user)
        choices = survey_choices(db, actor)
        if args.cohort:
            by, key = ResultsBy.COHORT, pick(choices.cohorts, args.cohort, "cohort")
        elif args.programme:
            by, key = ResultsBy.PROGRAMME, pick(choices.programmes, args.programme, "programme")
        else:
            by, key = ResultsBy.INSTRUCTOR, pick(choices.instructors, args.instructor, "instructor")
        results = survey_results(db, actor, by, key, start, end)
        if path is not None:
            export_survey_results(db, actor, results, path, language=args.language)
    finally:
        db.close()
    if path is not None:
        print(f"Written: {path} ({results.forms} forms)")
    else:
        print_results(results)
    return 0


def print_results(results: SurveyResults) -> None:
    print(f"{results.name}: {results.forms} forms from {results.cohorts} cohorts")
    print_table(
        ("No", "Question", "Responses", "Mean", "1", "2", "3", "4", "5"),
        (
            (
                str(row.number or "-"),
                row.text if row.active else f"{row.text} (no longer asked)",
                str(row.responses),
                str(row.mean) if row.mean is not None else "-",
                *(str(count) for count in row.counts),
            )
            for row in results.scale
        ),
    )
    if results.comments:
        print()
        shown = len(results.comments)
        more = (
            f" (the newest {shown} of {results.comments_total})"
            if shown < results.comments_total
            else ""
        )
        print(f"Comments{more}:")
        for comment in results.comments:
            print(f"- {comment.text} [{comment.cohort_code}, {comment.entered_on:%d/%m/%Y}]")


# -- reading what was typed ----------------------------------------------------------------------


def parse_answer(text: str) -> tuple[int, str]:
    number, equals, value = text.partition("=")
    if not equals or not number.strip().isdigit():
        raise ValidationError(
            "--answer {text}: write the question's number, = and the answer, e.g. 3=4.",
            "answer",
            text=text,
        )
    return int(number), value


def find_programme(db: Database, actor: Actor, text: str) -> int:
    from desktop.services.programme_admin import list_programme_rows

    wanted = text.strip().casefold()
    for row in list_programme_rows(db, actor):
        if row.code.casefold() == wanted or str(row.id) == wanted:
            return row.id
    raise NotFound("There is no programme {text}.", "programme", text=text)


def find_cohort(db: Database, actor: Actor, text: str) -> int:
    from desktop.services.cohorts import list_cohorts

    wanted = text.strip().casefold()
    for row in list_cohorts(db, actor):
        if row.code.casefold() == wanted or str(row.id) == wanted:
            return row.id
    raise NotFound("There is no cohort {text}.", "cohort", text=text)


def pick(choices: tuple[Choice, ...], text: str, what: str) -> int:
    wanted = text.strip().casefold()
    for choice in choices:
        if choice.key.casefold() == wanted or str(choice.id) == wanted:
            return choice.id
    raise NotFound(
        "There is no {what} {text} with survey results to show.", what, what=what, text=text
    )
