-- Reporting schema for RideShareReporting (Azure SQL). Fed by EVGH_TripExternalizations2Reporting
-- in the trips function app; read by the Power BI "Trips" report.

IF OBJECT_ID('dbo.TripFacts', 'U') IS NULL
BEGIN
    CREATE TABLE dbo.TripFacts
    (
        TripCode        NVARCHAR(20)   NOT NULL PRIMARY KEY,
        PassengerCode   NVARCHAR(64)   NULL,
        DriverCode      NVARCHAR(20)   NULL,
        LastEventType   NVARCHAR(64)   NOT NULL,
        StartDate       DATETIME2      NOT NULL,
        EndDate         DATETIME2      NULL,
        DurationSeconds FLOAT          NOT NULL DEFAULT 0,
        IsAborted       BIT            NOT NULL DEFAULT 0,
        UpdatedAt       DATETIME2      NOT NULL DEFAULT SYSUTCDATETIME()
    );
    CREATE INDEX IX_TripFacts_StartDate ON dbo.TripFacts (StartDate);
END
GO

CREATE OR ALTER PROCEDURE dbo.UpsertTripFact
    @TripCode        NVARCHAR(20),
    @EventType       NVARCHAR(64),
    @PassengerCode   NVARCHAR(64),
    @DriverCode      NVARCHAR(20),
    @StartDate       DATETIME2,
    @EndDate         DATETIME2,
    @DurationSeconds FLOAT,
    @IsAborted       BIT
AS
BEGIN
    SET NOCOUNT ON;
    MERGE dbo.TripFacts AS t
    USING (SELECT @TripCode AS TripCode) AS s
        ON t.TripCode = s.TripCode
    WHEN MATCHED THEN UPDATE SET
        PassengerCode   = COALESCE(@PassengerCode, t.PassengerCode),
        DriverCode      = COALESCE(@DriverCode, t.DriverCode),
        LastEventType   = @EventType,
        EndDate         = @EndDate,
        DurationSeconds = @DurationSeconds,
        IsAborted       = @IsAborted,
        UpdatedAt       = SYSUTCDATETIME()
    WHEN NOT MATCHED THEN INSERT
        (TripCode, PassengerCode, DriverCode, LastEventType, StartDate, EndDate, DurationSeconds, IsAborted)
        VALUES (@TripCode, @PassengerCode, @DriverCode, @EventType, @StartDate, @EndDate, @DurationSeconds, @IsAborted);
END
GO

CREATE OR ALTER VIEW dbo.DailyTrips AS
SELECT CAST(StartDate AS DATE) AS TripDay,
       COUNT(*)                AS Trips,
       SUM(CASE WHEN IsAborted = 1 THEN 1 ELSE 0 END) AS Aborted,
       AVG(DurationSeconds)    AS AvgDurationSeconds
FROM dbo.TripFacts
GROUP BY CAST(StartDate AS DATE);
GO
