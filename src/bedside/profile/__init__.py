"""The profile audit (#5; G1, G2, G3): handle, display name and bio against the netiquette."""

from bedside.profile.audit import PROFILE_CHECKS, Profile, ProfileCheck, ProfileReport, audit_profile
from bedside.profile.plan import GOALS, plan_for

__all__ = [
    "GOALS",
    "PROFILE_CHECKS",
    "Profile",
    "ProfileCheck",
    "ProfileReport",
    "audit_profile",
    "plan_for",
]
