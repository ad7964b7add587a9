import { useEffect, useState } from 'react';
import { getConfig } from '@edx/frontend-platform';
import { getAuthenticatedHttpClient } from '@edx/frontend-platform/auth';

export default function LearnerDashboard() {
  const [courses, setCourses] = useState([]);
  useEffect(() => {
    getAuthenticatedHttpClient()
      .get(`${getConfig().LMS_BASE_URL}/api/learner_home/init`)
      .then(({ data }) => setCourses(data.courses || []));
  }, []);
  return (
    <ul>
      {courses.map((c) => <li key={c.courseRun.courseId}>{c.course.courseName}</li>)}
    </ul>
  );
}
