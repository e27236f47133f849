"""docgen: Vietnamese administrative plans (Decree 30/2020/NĐ-CP) rendered from plan data files."""

__version__ = "0.1.0"
