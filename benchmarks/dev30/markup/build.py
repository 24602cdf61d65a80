#!/usr/bin/env python3
"""Build benchmarks/dev30 from its markup: see benchmarks/markup/build_set.py (`python3 markup/build.py [-v]`)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'markup'))
from build_set import main  # noqa: E402

main(os.path.dirname(os.path.abspath(__file__)), 2500, 4500)
