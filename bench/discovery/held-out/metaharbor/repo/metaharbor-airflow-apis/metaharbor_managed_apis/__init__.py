"""Metaharbor Airflow managed APIs"""
