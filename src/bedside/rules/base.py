"""What a rule is: a value with a code, a name, docs, examples and a check function."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bedside.findings import Category, Finding, Fix, Severity

if TYPE_CHECKING:
    from bedside.rules.context import Context


@dataclass(frozen=True, slots=True)
class RuleDocs:
    """The documentation of a rule, under the catalogue's five headings."""

    what: str
    why: str
    example: str
    use_instead: str
    source: str


@dataclass(frozen=True, slots=True)
class Example:
    """A draft a rule must flag (or must pass), run by the catalogue's meta-tests."""

    text: str
    platform: str = "x"
    reply: bool = False
    conflicts: tuple[str, ...] = ()


CheckFn = Callable[["Rule", "Context"], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    category: Category
    severity: Severity
    requirement: str
    summary: str
    fix_title: str
    docs: RuleDocs
    flags: tuple[Example, ...]
    passes: tuple[Example, ...]
    check: CheckFn = field(repr=False, compare=False)
    since: str = "0.1.0"
    status: str = "stable"

    def run(self, ctx: Context) -> Iterable[Finding]:
        return self.check(self, ctx)

    def finding(
        self,
        start: int,
        end: int,
        message: str,
        *,
        suggestion: str | None = None,
        fix: Fix | None = None,
        severity: Severity | None = None,
        evidence: Iterable[str] = (),
    ) -> Finding:
        return Finding(
            code=self.code,
            name=self.name,
            category=self.category,
            severity=severity or self.severity,
            start=start,
            end=end,
            message=message,
            requirement=self.requirement,
            suggestion=suggestion,
            fix=fix,
            evidence=tuple(evidence),
        )


def rule(
    *,
    code: str,
    name: str,
    category: Category,
    severity: Severity,
    requirement: str,
    summary: str,
    fix_title: str,
    docs: RuleDocs,
    flags: Iterable[Example],
    passes: Iterable[Example],
) -> Callable[[CheckFn], Rule]:
    """Decorator that turns a check function into a Rule value (no registration side effect)."""

    def wrap(fn: CheckFn) -> Rule:
        r = Rule(
            code=code,
            name=name,
            category=category,
            severity=severity,
            requirement=requirement,
            summary=summary,
            fix_title=fix_title,
            docs=docs,
            flags=tuple(flags),
            passes=tuple(passes),
            check=fn,
        )
        return r

    return wrap
