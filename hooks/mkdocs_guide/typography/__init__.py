"""typography"""
