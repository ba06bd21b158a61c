"""``seismo train``: fit the learned parts from labelled files and write them into the package.

Reads the project's own examples (``seismo/data/train``), the licensed public sets in the data
folder (PLOVER GSR, CC BY-SA 4.0) and a user's own JSONL; writes an artefact folder with a
manifest.  Top layer: it may read ``seismo.eval`` (folds, label maps) and run the pipeline.
"""
