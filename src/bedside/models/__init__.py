"""Small shipped models (#4): n-gram linear classifiers, loaded from .npz + .json, numpy only."""
