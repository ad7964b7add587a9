package com.coinbox.statistics.repository;

import com.coinbox.statistics.domain.timeseries.DataPoint;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Repository;

import java.util.List;

@Repository
public interface DataPointRepository extends CrudRepository<DataPoint, String> {

	List<DataPoint> findByAccount(String account);

}
